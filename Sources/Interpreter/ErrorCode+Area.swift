import Lang

extension ErrorCode {
  /// The id of an error a builtin of `area` raised without an id of its own.
  public static func forArea(_ area: Area) -> ErrorCode {
    switch area.id {
    case "frames": return .builtinFrame
    case "cleaning": return .builtinCleaning
    case "tensors": return .builtinTensor
    case "io": return .builtinFile
    case "archives": return .builtinArchive
    case "learning": return .builtinLearning
    case "models": return .builtinModels
    case "signal": return .builtinSignal
    case "plots": return .builtinPlot
    case "cluster": return .builtinCluster
    default: return .builtinArgument
    }
  }
}
