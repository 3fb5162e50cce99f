package org.clearlot.inspection.grading;

/** GB/T 30323 body defect types for items 14–39. */
public enum BodyDefect {
	/** 划痕 scratch. */
	HH,
	/** 变形 deformation. */
	BX,
	/** 锈蚀 rust. */
	XS,
	/** 裂纹 crack. */
	LW,
	/** 凹陷 dent. */
	AX,
	/** 修复痕迹 repair trace. */
	XF
}
