import Foundation
import Interpreter
import Tensor

/// `awish sweep collect` and `runs(SWEEP)`: one row per task with its parameters, what it
/// recorded, and the resources it used (sacct's on Slurm, the process's own locally).
public enum SweepCollection {
  /// The resource columns after the parameters and results.
  public static let resourceColumns = [
    "state", "exit_status", "elapsed_s", "max_mem_mb", "cpu_efficiency", "job_id", "partition",
    "requested_mem", "time_limit",
  ]

  public static func frame(_ inspection: SweepInspection) throws -> Frame {
    let outcomes = inspection.outcomes
    var columns: [Column] = [
      Column(name: "task", storage: .int(outcomes.map(\.index)))
    ]
    var names = inspection.record.parameterNames
    for outcome in outcomes {
      for (key, _) in outcome.task.parameters where !names.contains(key) { names.append(key) }
    }
    for name in names {
      columns.append(column(name, outcomes.map { $0.task.parameters.first { $0.0 == name }?.1 }))
    }
    var resultNames: [String] = []
    for outcome in outcomes {
      for (key, _) in outcome.result where !resultNames.contains(key) && !names.contains(key) {
        resultNames.append(key)
      }
    }
    for name in resultNames {
      columns.append(column(name, outcomes.map { $0.result.first { $0.0 == name }?.1 }))
    }
    columns += resources(outcomes)
    return try Frame(columns: columns)
  }

  static func resources(_ outcomes: [TaskOutcome]) -> [Column] {
    func strings(_ name: String, _ values: [String?]) -> Column {
      column(name, values.map { $0.map { JSON.string($0) } })
    }
    func numbers(_ name: String, _ values: [Double?]) -> Column {
      column(name, values.map { $0.map { JSON.number($0) } })
    }
    return [
      strings("state", outcomes.map(\.state)),
      column("exit_status", outcomes.map { $0.exitStatus.map { JSON.int($0) } }),
      numbers("elapsed_s", outcomes.map(\.elapsedSeconds)),
      numbers("max_mem_mb", outcomes.map(\.maxMemoryMegabytes)),
      numbers("cpu_efficiency", outcomes.map(\.cpuEfficiency)),
      strings("job_id", outcomes.map { $0.task.jobID }),
      strings("partition", outcomes.map { $0.accounting?.partition }),
      strings("requested_mem", outcomes.map { $0.accounting?.requestedMemory }),
      strings("time_limit", outcomes.map { $0.accounting?.timeLimit }),
    ]
  }

  /// A column from JSON values: ints, floats, bools or strings, missing where nil or null;
  /// lists and mixed kinds become their text.
  static func column(_ name: String, _ values: [JSON?]) -> Column {
    let converted: [Value] = values.map { value in
      switch value {
      case nil, .null?: return .null
      case .int(let number)?: return .int(number)
      case .number(let number)?: return .float(number)
      case .bool(let flag)?: return .bool(flag)
      case .string(let text)?: return .string(text)
      case let other?: return .string(ParameterText.text(other))
      }
    }
    if let column = ValueConversion.column(converted, name: name) { return column }
    let texts = converted.map { value -> Value in
      if case .null = value { return .null }
      return .string(value.text)
    }
    return ValueConversion.column(texts, name: name)
      ?? Column(name: name, storage: .strings(texts.map(\.text)))
  }
}
