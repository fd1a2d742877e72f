-- Facts about this case store itself, such as the schema it holds.
CREATE TABLE store_info (
    item    VARCHAR(64) PRIMARY KEY,
    content VARCHAR(256) NOT NULL
);
INSERT INTO store_info (item, content) VALUES ('schema', 'crs');
