package uk.crs.disclosure;

/**
 * One cell of a table built from records: how many records it counts and its cell key, the sum of their record keys
 * modulo 256. Cells add: a total's cell is the sum of its parts' cells, so a total and the same records counted in any
 * other table always have the same key.
 */
public record Cell(long count, int key) {

    public static final Cell EMPTY = new Cell(0, 0);

    public Cell {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative, found " + count);
        }
        if (key < 0 || key >= CellKeyPerturbation.KEYS) {
            throw new IllegalArgumentException("a cell key is 0 to 255, found " + key);
        }
    }

    /** This cell with one more record of this record key. */
    public Cell plusRecord(int recordKey) {
        return plus(new Cell(1, recordKey));
    }

    public Cell plus(Cell other) {
        return new Cell(count + other.count, (key + other.key) % CellKeyPerturbation.KEYS);
    }
}
