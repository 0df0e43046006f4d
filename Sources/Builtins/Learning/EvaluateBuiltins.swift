import Interpreter
import Tensor

extension Builtins {
  static let evaluating: [Builtin] = [
    Builtin(
      "evaluate", area: .learning, summary: "Scores a model on held-out rows.",
      parameters: [
        Parameter("model", .model, "A model from fit()."),
        Parameter("frame", .frame, "Test rows, with the target column."),
      ],
      returns: .report,
      details: "Prints like sklearn's classification_report (precision, recall, F1 and support "
        + "per class; accuracy; macro and weighted averages), then balanced accuracy, the "
        + "accuracy of always guessing the training majority class, ROC AUC one-vs-rest when "
        + "every class is in the test rows, and the confusion matrix (rows: true class). "
        + "Fields: r.accuracy, r.balanced_accuracy, r.baseline, r.auc, r.auc_weighted, "
        + "r.macro_f1, r.weighted_f1, r.rows, r.confusion and r.classes (frames). Warnings "
        + "are printed once: a class missing from the test rows, strongly imbalanced classes "
        + "(10:1 or more), and groups (fit(…, group=)) on both sides of the split. A "
        + "regressor's report gives R², MAE, RMSE, the median absolute error, the R² of "
        + "always predicting the training mean (r.baseline) and a summary of the residuals "
        + "(true − predicted); fields r.r2, r.mae, r.rmse, r.median_ae, r.baseline, r.rows, "
        + "r.truth, r.predicted and r.residuals (columns), r.residual_summary (a frame).",
      examples: [
        Example(
          "d = frame(x=[1, 2, 3, 10, 11, 12], y=[\"a\", \"a\", \"a\", \"b\", \"b\", \"b\"])\nr = evaluate(fit(knn(k=1), d, target=\"y\"), d)\nr.accuracy",
          "1.0"),
        Example(
          "d = frame(x=[1.0, 2.0, 3.0, 4.0], y=[2.0, 4.0, 6.0, 8.0])\nevaluate(fit(linear(), d, target=\"y\"), d).r2",
          "1.0"),
      ]
    ) { args in
      if try args.model("model").task == .regression {
        let evaluation = try RegressionEvaluation(
          try args.model("model"), try args.frame("frame"), args, at: "frame")
        for warning in evaluation.warnings {
          args.write(InterpreterMessages.warning(warning) + "\n")
        }
        return .object(evaluation.report)
      }
      let evaluation = try Evaluation(
        try args.model("model"), try args.frame("frame"), args, at: "frame")
      for warning in evaluation.warnings { args.write(InterpreterMessages.warning(warning) + "\n") }
      return .object(evaluation.report)
    }
  ]
}
