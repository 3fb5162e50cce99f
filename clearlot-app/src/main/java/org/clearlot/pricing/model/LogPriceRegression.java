package org.clearlot.pricing.model;

import java.util.List;
import java.util.Map;

import com.google.protobuf.InvalidProtocolBufferException;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.slm.ElasticNetCDTrainer;

/**
 * The regression itself, done by Tribuo: an elastic-net linear model of the natural log of the price in yuan, fitted
 * by coordinate descent on the log price less its mean (so the penalty shrinks towards the average car, not towards
 * ¥1). The L2 part shrinks a trim's or model's own coefficients towards its make's when it has few cars; the small
 * L1 part drops features that carry nothing.
 *
 * @param model the fitted Tribuo model of the centred log price
 * @param meanLogPrice the mean log price that was subtracted before fitting
 */
record LogPriceRegression(Model<Regressor> model, double meanLogPrice) {

	static final String TARGET = "logPriceYuan";
	private static final RegressionFactory FACTORY = new RegressionFactory();

	static LogPriceRegression fit(List<TrainingRow> rows, TrainingSettings settings) {
		double mean = rows.stream().mapToDouble(LogPriceRegression::logPrice).average().orElse(0);
		List<Example<Regressor>> examples = rows.stream()
				.map(row -> example(PriceFeatures.of(row.car(), row.sale()), new Regressor(TARGET, logPrice(row) - mean)))
				.toList();
		SimpleDataSourceProvenance provenance = new SimpleDataSourceProvenance("clearlot listings and sales", FACTORY);
		MutableDataset<Regressor> dataset = new MutableDataset<>(new ListDataSource<>(examples, FACTORY, provenance));
		ElasticNetCDTrainer trainer = new ElasticNetCDTrainer(settings.alpha(), settings.l1Ratio(), settings.tolerance(), 1_000, false,
				20261203L);
		return new LogPriceRegression(trainer.train(dataset), mean);
	}

	/** The predicted log price in yuan of the car as offered in a listing (not a completed sale). */
	double predict(CarFacts car) {
		return predict(car, false);
	}

	double predict(CarFacts car, boolean sale) {
		Example<Regressor> example = example(PriceFeatures.of(car, sale), RegressionFactory.UNKNOWN_REGRESSOR);
		// Tribuo's sparse linear model centres only the features an example has; with every feature present (zeros
		// included) the prediction uses the centring the fit used.
		example.densify(model.getFeatureIDMap());
		return meanLogPrice + model.predict(example).getOutput().getValues()[0];
	}

	/** A model stored as Tribuo protobuf bytes. */
	@SuppressWarnings("unchecked")
	static LogPriceRegression restore(byte[] tribuoModel, double meanLogPrice) {
		try {
			Model<?> model = Model.deserialize(ModelProto.parseFrom(tribuoModel));
			if (!model.validate(Regressor.class)) {
				throw new IllegalStateException("The stored model is not a regression model");
			}
			return new LogPriceRegression((Model<Regressor>) model, meanLogPrice);
		}
		catch (InvalidProtocolBufferException corrupt) {
			throw new IllegalStateException("The stored model cannot be read", corrupt);
		}
	}

	static double logPrice(TrainingRow row) {
		return Math.log(row.priceFen() / 100.0);
	}

	private static Example<Regressor> example(Map<String, Double> features, Regressor output) {
		String[] names = features.keySet().toArray(String[]::new);
		double[] values = features.values().stream().mapToDouble(Double::doubleValue).toArray();
		return new ArrayExample<>(output, names, values);
	}
}
