package org.clearlot.gbt32960.internal.realtime;

import org.clearlot.gbt32960.Revision;

/** The information blocks, independent of the type byte each revision gives them. */
enum BlockKind {
	VEHICLE("vehicle", 0x01, 0x01),
	MOTORS("drive motors", 0x02, 0x02),
	FUEL_CELL("fuel cell", 0x03, -1),
	HYDROGEN_SYSTEM("fuel-cell engine and hydrogen system", -1, 0x03),
	ENGINE("engine", 0x04, 0x04),
	POSITION("position", 0x05, 0x05),
	EXTREMES("extreme values", 0x06, -1),
	ALARM("alarm", 0x07, 0x06),
	CELL_VOLTAGES("cell voltages", 0x08, 0x07),
	TEMPERATURES("probe temperatures", 0x09, 0x08),
	FUEL_CELL_STACKS("fuel cell stacks", -1, 0x30),
	SUPERCAPACITOR("supercapacitor", -1, 0x31),
	SUPERCAPACITOR_EXTREMES("supercapacitor extreme values", -1, 0x32);

	private static final BlockKind[] BY_TYPE_2016 = table(Revision.V2016);
	private static final BlockKind[] BY_TYPE_2025 = table(Revision.V2025);

	final String label;
	private final int type2016;
	private final int type2025;

	BlockKind(String label, int type2016, int type2025) {
		this.label = label;
		this.type2016 = type2016;
		this.type2025 = type2025;
	}

	/** The type byte in {@code revision}, or −1 if the revision lacks the block. */
	int type(Revision revision) {
		return revision == Revision.V2016 ? type2016 : type2025;
	}

	/** The block of a type byte below 0x80, or {@code null}. */
	static BlockKind of(int type, Revision revision) {
		BlockKind[] table = revision == Revision.V2016 ? BY_TYPE_2016 : BY_TYPE_2025;
		return type < table.length ? table[type] : null;
	}

	private static BlockKind[] table(Revision revision) {
		BlockKind[] table = new BlockKind[0x80];
		for (BlockKind kind : values()) {
			if (kind.type(revision) >= 0) {
				table[kind.type(revision)] = kind;
			}
		}
		return table;
	}
}
