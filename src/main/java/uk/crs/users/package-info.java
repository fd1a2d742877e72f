/** Who may sign in: accounts with one role and one force, bcrypt-hashed passwords and the demo accounts. */
@NullMarked
package uk.crs.users;

import org.jspecify.annotations.NullMarked;
