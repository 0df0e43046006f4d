/// Sizes as the command line writes them: "8G", "512M", "64K" or a number of bytes.
enum ByteSize {
  /// The bytes `text` stands for (K, M, G, T are powers of 1024); nil when it is not a size.
  static func parse(_ text: String) -> Int? {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
    var digits = Substring(text.uppercased())
    if digits.hasSuffix("B") { digits = digits.dropLast() }
    var unit = 1
    if let last = digits.last, let factor = units[last] {
      unit = factor
      digits = digits.dropLast()
    }
    guard let number = Int(digits), number > 0 else { return nil }
    let (bytes, overflow) = number.multipliedReportingOverflow(by: unit)
    return overflow ? nil : bytes
  }
}
