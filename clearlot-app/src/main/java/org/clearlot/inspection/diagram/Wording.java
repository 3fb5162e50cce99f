package org.clearlot.inspection.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clearlot.inspection.grading.BodyDefect;
import org.clearlot.inspection.grading.GradingInput;
import org.clearlot.inspection.grading.StructuralDefect;
import org.clearlot.inspection.grading.StructuralPosition;

/** The words of the diagram in Simplified Chinese (for a Chinese locale) or English: tooltips and legend. */
final class Wording {

	private final boolean chinese;

	private Wording(boolean chinese) {
		this.chinese = chinese;
	}

	static Wording of(Locale locale) {
		return new Wording(chinese(locale));
	}

	static boolean chinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

	String pick(String english, String chinese) {
		return this.chinese ? chinese : english;
	}

	String title() {
		return pick("Body condition, top view, front at the top", "车况示意图（俯视，车头朝上）");
	}

	String front() {
		return pick("FRONT", "车头");
	}

	String noDefect() {
		return pick("No defect", "无缺陷");
	}

	String minor() {
		return pick("Minor", "轻微");
	}

	String moderate() {
		return pick("Moderate", "中等");
	}

	String severe() {
		return pick("Severe or replaced", "严重或更换");
	}

	String repainted() {
		return pick("Repainted", "重新喷漆");
	}

	String structural() {
		return pick("Structural damage", "结构损伤");
	}

	/** "左前车门: HH 划痕, 2 级, 已喷漆, 265 µm; …", or the name and "no defect". */
	String body(BodyItem item, List<GradingInput.BodyFinding> findings) {
		List<String> parts = new ArrayList<>();
		for (GradingInput.BodyFinding finding : findings) {
			List<String> words = new ArrayList<>();
			if (finding.defect() != null) {
				words.add(finding.defect().name() + " " + defect(finding.defect()));
			}
			words.add(pick("degree " + finding.degree(), finding.degree() + " 级"));
			if (finding.repainted()) {
				words.add(pick("repainted", "已喷漆"));
			}
			if (finding.replaced()) {
				words.add(pick("replaced", "已更换"));
			}
			if (finding.paintMicrons() != null) {
				words.add(finding.paintMicrons() + " µm");
			}
			parts.add(String.join(", ", words));
		}
		return item.name(chinese ? Locale.CHINESE : Locale.ENGLISH) + ": "
				+ (parts.isEmpty() ? pick("no defect", "无缺陷") : String.join("; ", parts));
	}

	/** "左A柱: GH 更换", or the name and "no damage". */
	String structural(StructuralPosition position, List<StructuralDefect> defects) {
		List<String> parts = new ArrayList<>();
		for (StructuralDefect defect : defects) {
			parts.add(defect.name() + " " + defect(defect));
		}
		return position(position) + ": "
				+ (parts.isEmpty() ? pick("no damage", "无损伤") : String.join(", ", parts));
	}

	private String defect(BodyDefect defect) {
		return switch (defect) {
			case HH -> pick("scratch", "划痕");
			case BX -> pick("deformation", "变形");
			case XS -> pick("rust", "锈蚀");
			case LW -> pick("crack", "裂纹");
			case AX -> pick("dent", "凹陷");
			case XF -> pick("repair trace", "修复痕迹");
		};
	}

	private String defect(StructuralDefect defect) {
		return switch (defect) {
			case BX -> pick("deformed", "变形");
			case NQ -> pick("twisted", "扭曲");
			case GH -> pick("replaced", "更换");
			case SH -> pick("welded", "烧焊");
			case ZZ -> pick("wrinkled", "褶皱");
		};
	}

	private String position(StructuralPosition position) {
		return switch (position) {
			case SYMMETRY -> pick("Body left/right symmetry", "车体左右对称性");
			case LEFT_A_PILLAR -> pick("Left A-pillar", "左A柱");
			case RIGHT_A_PILLAR -> pick("Right A-pillar", "右A柱");
			case LEFT_B_PILLAR -> pick("Left B-pillar", "左B柱");
			case RIGHT_B_PILLAR -> pick("Right B-pillar", "右B柱");
			case LEFT_C_PILLAR -> pick("Left C-pillar", "左C柱");
			case RIGHT_C_PILLAR -> pick("Right C-pillar", "右C柱");
			case LEFT_FRONT_RAIL -> pick("Left front rail", "左前纵梁");
			case RIGHT_FRONT_RAIL -> pick("Right front rail", "右前纵梁");
			case LEFT_FRONT_SHOCK_TOWER -> pick("Left front shock tower", "左前减震器悬挂部位");
			case RIGHT_FRONT_SHOCK_TOWER -> pick("Right front shock tower", "右前减震器悬挂部位");
			case LEFT_REAR_SHOCK_TOWER -> pick("Left rear shock tower", "左后减震器悬挂部位");
			case RIGHT_REAR_SHOCK_TOWER -> pick("Right rear shock tower", "右后减震器悬挂部位");
		};
	}
}
