/// Column names for the sensors of one O2A answer: a parameter measured by one sensor keeps
/// its short name (`temperature`); parameters measured by several devices take the device
/// (`trimble_longitude`, `saab_longitude`), and further URN parts while that is not enough.
/// Several aggregate functions, or one other than mean, add the function
/// (`temperature_max`); quality flags add `_flag`.
enum O2ANaming {
  /// One unique name per header, in order; none is `time`, the frame's first column.
  static func names(_ headers: [O2AHeader]) -> [String] {
    var urns: [String] = []
    for header in headers where !urns.contains(header.urn) { urns.append(header.urn) }
    var bases: [String: String] = [:]
    for urn in urns { bases[urn] = shortName(urn, among: urns) }
    let functions = Set(headers.filter { !$0.isFlag }.compactMap(\.function))
    let namesFunction = functions.count > 1 || functions.contains { $0 != "mean" }
    var taken: Set<String> = ["time"]
    return headers.map { header in
      var name = bases[header.urn] ?? identifier(header.urn)
      if header.isFlag {
        name += "_flag"
      } else if namesFunction, let function = header.function {
        name += "_" + identifier(function)
      }
      var unique = name
      var number = 2
      while taken.contains(unique) {
        unique = "\(name)_\(number)"
        number += 1
      }
      taken.insert(unique)
      return unique
    }
  }

  /// The fewest last parts of `urn` that no other URN of the answer ends with, joined by `_`.
  static func shortName(_ urn: String, among urns: [String]) -> String {
    let parts = urn.split(separator: ":")
    let others = urns.filter { $0 != urn }.map { $0.split(separator: ":") }
    for count in 1..<max(parts.count, 1) {
      let suffix = parts.suffix(count)
      if !others.contains(where: { $0.suffix(count).elementsEqual(suffix) }) {
        return identifier(suffix.joined(separator: "_"))
      }
    }
    return identifier(parts.joined(separator: "_"))
  }

  /// `text` with every character other than letters, digits and `_` made `_`.
  static func identifier(_ text: String) -> String {
    let name = String(text.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    return name.isEmpty ? "sensor" : name
  }
}
