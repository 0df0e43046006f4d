import Interpreter

/// The builtin library: every area's declarations, in the order docs/builtins.md lists them.
public enum Builtins {
  public static let all: [Builtin] =
    core + display + math + strings + collections + io + csv + csvWriting + cleaning + units
    + harmonizing
    + frames + statistics + variance + missing + series + grouping + tensors + merging
    + concatenation + filling + counting + casting
    + sampling + rolling + pivoting + timeParsing + resampling + asofJoining + across + clipping
    + outliers + rescaling + recoding + plotting + workspaces + archiveReaders
    + netcdf + fetching + wav + spectral + mel + features + filters + splitting + modelSpecs
    + fitting + evaluating + validation + confusionPlotting + residualPlotting + modelRepository
    + cluster

  /// The areas, in the order help() and the docs list them.
  public static let areas: [Area] = [
    .core, .math, .strings, .collections, .io, .frames, .tensors, .cleaning, .plots, .archives,
    .signal, .learning, .models, .cluster,
  ]
}

extension Area {
  static let core = Area(
    "core", title: "Core", errorCode: .builtinArgument)
  static let math = Area(
    "math", title: "Numbers and math", errorCode: .builtinArgument)
  static let strings = Area(
    "strings", title: "Strings", errorCode: .builtinArgument)
  static let collections = Area(
    "collections", title: "Lists, records and functions", errorCode: .builtinArgument)
  static let io = Area(
    "io", title: "Files", errorCode: .builtinFile)
  static let frames = Area(
    "frames", title: "Frames and columns", errorCode: .builtinFrame)
  static let tensors = Area(
    "tensors", title: "Tensors", errorCode: .builtinTensor)
  static let cleaning = Area(
    "cleaning", title: "Cleaning and units", errorCode: .builtinCleaning)
  static let plots = Area(
    "plots", title: "Plots", errorCode: .builtinPlot)
  static let archives = Area(
    "archives", title: "Workspace and data archives", errorCode: .builtinArchive)
  static let signal = Area(
    "signal", title: "Sound and spectra", errorCode: .builtinSignal)
  static let learning = Area(
    "learning", title: "Learning", errorCode: .builtinLearning)
  static let models = Area(
    "models", title: "Model repository", errorCode: .builtinModels)
  static let cluster = Area(
    "cluster", title: "Runs on a cluster", errorCode: .builtinCluster)
}
