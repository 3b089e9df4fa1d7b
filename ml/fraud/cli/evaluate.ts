import { describeMetrics, evaluateModel } from "../evaluate";
import { readDatasetFile } from "../read-dataset";
import { loadFraudModel } from "../scorer-core";
import { failUsage, parseCliArgs } from "./parse-args";

const USAGE = `Usage: npm run ml:evaluate -- --model ml/fraud/model/motor/model.json --data file.csv [--json]
Scores every row of a labelled CSV (motor or general schema, matching the model) and prints the metrics at the model's threshold.`;

const args = parseCliArgs(process.argv.slice(2), ["model", "data"], ["json"], USAGE);
const modelPath = args.values.model ?? failUsage("--model is required", USAGE);
const dataPath = args.values.data ?? failUsage("--data is required", USAGE);
const model = loadFraudModel(modelPath);
const result = evaluateModel(model, readDatasetFile(dataPath, model.file.kind));

if (args.flags.has("json")) {
  process.stdout.write(JSON.stringify(result) + "\n");
} else {
  process.stdout.write(
    `Model ${result.version} on ${dataPath}\n${describeMetrics(result.metrics)}\n` +
      `anomaly score alone flags ${result.anomalous} rows; combined decision investigates ${(100 * result.investigateRate).toFixed(1)}% of rows, recall ${result.combinedRecall.toFixed(3)}\n`,
  );
}
