/// The O2A primary flagging scheme, whose integer values fill the `(quality_flag)` columns of
/// the data web service (AWI Data Management, "Flagging Scheme",
/// https://spaces.awi.de/display/DM/Flagging+Scheme; 4 follows the UNESCO scheme that page
/// cites).
public enum O2AFlags {
  /// Each flag value with its meaning, in order.
  public static let meanings: [(flag: Int, meaning: String)] = [
    (0, "no quality control"),
    (1, "good data"),
    (2, "probably good"),
    (3, "probably bad"),
    (4, "bad data"),
    (5, "missing value"),
    (6, "primal error"),
    (7, "not used"),
  ]

  /// The scheme as one metadata value: TAB-separated `flag=meaning` fields.
  static var metadataValue: String {
    meanings.map { "\($0.flag)=\($0.meaning)" }.joined(separator: "\t")
  }
}
