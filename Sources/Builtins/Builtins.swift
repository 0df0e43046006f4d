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
    + netcdf + fetching + wav + spectral + mel + features + filters + splitting + models + fitting
    + evaluating + validation + confusionPlotting + residualPlotting + modelRepository + cluster

  /// Area titles for help() and the docs, in order.
  public static let areas: [(id: String, title: String)] = [
    ("core", "Core"), ("math", "Numbers and math"), ("strings", "Strings"),
    ("collections", "Lists, records and functions"), ("io", "Files"),
    ("frames", "Frames and columns"), ("tensors", "Tensors"), ("cleaning", "Cleaning and units"),
    ("plots", "Plots"),
    ("archives", "Workspace and data archives"),
    ("signal", "Sound and spectra"), ("learning", "Learning"),
    ("models", "Model repository"), ("cluster", "Runs on a cluster"),
  ]
}
