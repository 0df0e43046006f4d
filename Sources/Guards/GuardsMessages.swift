/// Every text of the Guards module (the allocation check and text cutting below Tensor and
/// Interpreter), alphabetical.
enum GuardsMessages {
  /// "would need 14.9 GiB of memory, but 3.2 GiB is available".
  static func memoryRefused(_ needed: String, _ available: String) -> String {
    "would need \(needed) GiB of memory, but \(available) GiB is available"
  }
}
