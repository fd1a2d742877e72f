package uk.crs.web.pages;

import java.util.List;

/**
 * One question page of a form, rendered by the {@code question} template: the page heading and its fields.
 *
 * @param step the URL segment, e.g. {@code offender}
 */
public record Question(String step, String title, String caption, List<Field> fields) {

    public Question {
        fields = List.copyOf(fields);
    }

    /** One field: {@code kind} is text, textarea, radios, checkboxes, date or money. */
    public record Field(String kind, String name, String label, String hint, List<Choice> choices) {

        public Field {
            choices = List.copyOf(choices);
        }

        static Field text(String name, String label, String hint) {
            return new Field("text", name, label, hint, List.of());
        }

        static Field textarea(String name, String label, String hint) {
            return new Field("textarea", name, label, hint, List.of());
        }

        static Field date(String name, String label, String hint) {
            return new Field("date", name, label, hint, List.of());
        }

        static Field money(String name, String label, String hint) {
            return new Field("money", name, label, hint, List.of());
        }

        static Field yesNo(String name, String label, String hint) {
            return new Field("radios", name, label, hint, List.of(new Choice("yes", "Yes"), new Choice("no", "No")));
        }

        static Field radios(String name, String label, String hint, List<Choice> choices) {
            return new Field("radios", name, label, hint, choices);
        }

        static Field checkboxes(String name, String label, String hint, List<Choice> choices) {
            return new Field("checkboxes", name, label, hint, choices);
        }
    }

    /** One radio or checkbox option. */
    public record Choice(String value, String label) {}
}
