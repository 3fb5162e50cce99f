package org.clearlot.catalog.vehicle;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Nameplate data of a traction battery. */
@Embeddable
public class BatterySpec {

	@Column(name = "battery_capacity_ah")
	private BigDecimal nominalCapacityAh;

	@Column(name = "battery_voltage_v")
	private BigDecimal nominalVoltageV;

	@Enumerated(EnumType.STRING)
	@Column(name = "battery_chemistry")
	private BatteryChemistry chemistry;

	@Column(name = "battery_pack_code")
	private String packCode;

	protected BatterySpec() {
	}

	BatterySpec(BigDecimal nominalCapacityAh, BigDecimal nominalVoltageV, BatteryChemistry chemistry, String packCode) {
		this.nominalCapacityAh = nominalCapacityAh;
		this.nominalVoltageV = nominalVoltageV;
		this.chemistry = chemistry;
		this.packCode = packCode;
	}

	public BigDecimal nominalCapacityAh() {
		return nominalCapacityAh;
	}

	public BigDecimal nominalVoltageV() {
		return nominalVoltageV;
	}

	public BatteryChemistry chemistry() {
		return chemistry;
	}

	public String packCode() {
		return packCode;
	}

	/** Nominal energy in kWh: capacity × voltage. */
	public BigDecimal nominalEnergyKwh() {
		return nominalCapacityAh.multiply(nominalVoltageV).divide(BigDecimal.valueOf(1000), 1, java.math.RoundingMode.HALF_UP);
	}
}
