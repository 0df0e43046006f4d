import Guards
import Tensor

// Every text the builtin library says to a user, one enum per area in the order of
// `Builtins.areas`, each alphabetical. One lowercase sentence, no final period, code in single
// quotes, values cut with ShortText. The ids these texts travel with are in BuiltinErrors.swift.

// MARK: - Core, math, strings, collections

/// Texts of the core, math, string and collection builtins.
enum CoreMessages {
}

// MARK: - Files

/// Texts of the file builtins (read_csv, write_csv, read_json, …).
enum FileMessages {
}

// MARK: - Frames and columns

/// Texts of the frame and column builtins and verbs.
enum FrameMessages {
  static func columnLengths(_ name: String, _ expected: Int, _ got: Int) -> String {
    "column '\(name)' has \(got) rows, the frame has \(expected)"
  }
  static func comparedWithNil(_ op: String) -> String {
    "'\(op) nil' on a column gives a missing value in every row"
  }
  static func comparedWithNilHelp(isEqual: Bool) -> String {
    isEqual ? "test for missing values with is_na(…)" : "test for present values with not_na(…)"
  }
  /// read_csv's words for the reader's hints, which name its options.
  static let csvBadRowHint = "fix the row, or pass on_bad=\"skip\" to leave such rows out"
  static let csvLatin1Hint = "if the file is Latin-1, read it with encoding=\"latin-1\""
  static let csvSeparatorHint = "is the separator right? sep=\"\\t\" for tabs"
  static func duplicateColumn(_ name: String) -> String {
    "column '\(ShortText.escaped(name))' appears twice"
  }
  static func lengthMismatch(_ a: Int, _ b: Int) -> String {
    "columns of different lengths: \(a) and \(b) rows"
  }
  static func maskNotBool(_ type: String) -> String {
    "rows are picked with a bool column, got a \(type) column"
  }
  static func noColumn(_ name: String, _ count: Int) -> String {
    "no column '\(name)' in the frame (\(count) columns)"
  }
  static func notAColumn(_ type: String) -> String {
    "a column is made from a list of values, got \(type)"
  }
  static func problem(_ problem: Frame.Problem) -> String {
    switch problem {
    case .duplicateName(let name): return duplicateColumn(name)
    case .lengthMismatch(let name, let expected, let got):
      return columnLengths(name, expected, got)
    }
  }
  static let mixedKinds = "a column holds values of one kind (numbers, bools or strings)"
}

// MARK: - Tensors

/// Texts of the tensor builtins.
enum TensorBuiltinMessages {
}

// MARK: - Cleaning and units

/// Texts of the cleaning and unit builtins.
enum CleaningMessages {
}

// MARK: - Plots

/// Texts of the plot builtins.
enum PlotMessages {
}

// MARK: - Workspace and data archives

/// Texts of the workspace and archive builtins (fetch, PANGAEA, EcoTaxa, sensors, HSM, zip).
enum ArchiveMessages {
}

// MARK: - NetCDF

/// Texts of the NetCDF builtins.
enum NetCDFMessages {
}

// MARK: - Sound and spectra

/// Texts of the signal builtins.
enum SignalMessages {
}

// MARK: - Learning

/// Texts of the learning builtins.
enum LearningMessages {
}

// MARK: - Model repository

/// Texts of the model repository builtins.
enum ModelMessages {
}

// MARK: - Runs on a cluster

/// Texts of the cluster builtins.
enum ClusterMessages {
}

// MARK: - Report

/// Texts of the report builtins.
enum ReportMessages {
}
