import Foundation
import Tensor

/// `awish sweep status`: one line per task (state, elapsed, max memory, CPU efficiency, job)
/// under a header, then the counts and the resources to ask for next time.
public enum SweepTable {
  public static func text(_ inspection: SweepInspection) -> String {
    let record = inspection.record
    var rows: [[String]] = [
      ["task"] + record.parameterNames + ["state", "elapsed", "max_mem", "cpu_eff", "job"]
    ]
    for outcome in inspection.outcomes {
      let parameters = record.parameterNames.map { name in
        outcome.task.parameters.first { $0.0 == name }.map { cell($0.1) } ?? ""
      }
      rows.append(
        [String(outcome.index)] + parameters + [
          outcome.state, outcome.elapsedSeconds.map(elapsed) ?? "-",
          outcome.maxMemoryMegabytes.map { SlurmMemory.text(megabytes: $0) } ?? "-",
          outcome.cpuEfficiency.map { String(format: "%.0f%%", $0 * 100) } ?? "-",
          outcome.task.jobID ?? "-",
        ])
    }
    var text = "sweep \(record.name) (\(record.kind.rawValue), \(record.mode.rawValue), "
    text += "\(record.tasks.count) task\(record.tasks.count == 1 ? "" : "s"))\n"
    text += aligned(rows)
    text +=
      inspection.counts.map { "\($0.count) \($0.state.lowercased())" }
      .joined(separator: ", ") + "\n"
    if let combine = inspection.combineState {
      text += "combine step: \(combine)\n"
    }
    if let suggestion = inspection.suggestion {
      let options = [
        suggestion.memory.map { "--mem \($0)" }, suggestion.time.map { "--time \($0)" },
      ].compactMap { $0 }
      text += "suggested for the next run: " + options.joined(separator: " ") + "\n"
    }
    if inspection.outcomes.contains(where: \.needsRun) {
      text += "rerun what did not finish with: awish sweep resume \(record.name)\n"
    }
    return text
  }

  /// Columns padded to their widest cell, two spaces apart.
  static func aligned(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    let widths = first.indices.map { column in
      rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n") + "\n"
  }

  /// A parameter as a table cell: a list as its length, a path as its file name.
  static func cell(_ value: JSON) -> String {
    if case .array(let items) = value { return "\(items.count) item\(items.count == 1 ? "" : "s")" }
    if case .string(let text) = value, text.hasPrefix("/") {
      return shortened(URL(fileURLWithPath: text).lastPathComponent)
    }
    return shortened(ParameterText.text(value))
  }

  static func shortened(_ text: String) -> String {
    text.count > 30 ? String(text.prefix(27)) + "..." : text
  }

  /// Seconds as H:MM:SS.
  static func elapsed(_ seconds: Double) -> String {
    let whole = seconds.isFinite ? Int(min(max(seconds, 0), 3e9).rounded()) : 0
    return String(format: "%d:%02d:%02d", whole / 3600, (whole / 60) % 60, whole % 60)
  }
}
