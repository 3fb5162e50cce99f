package org.clearlot.inspection.grading;

/** GB/T 30323 structural defect codes; any of them makes an accident car. */
public enum StructuralDefect {
	/** 变形 deformed. */
	BX,
	/** 扭曲 twisted. */
	NQ,
	/** 更换 replaced. */
	GH,
	/** 烧焊 welded. */
	SH,
	/** 褶皱 wrinkled. */
	ZZ
}
