import Foundation

/// The `/* DATA DESCRIPTION: … */` header of a PANGAEA text export: `Key:<TAB>value` fields,
/// continued on lines that start with a TAB (https://wiki.pangaea.de/wiki/Metaheader).
/// Unknown keys are kept verbatim in `fields`.
public struct PangaeaMetadata: Sendable, Equatable {
  /// One `Event(s)` line: a label and ` * KEY: value` attributes, every one optional.
  public struct Event: Sendable, Equatable {
    public var label: String
    public var attributes: [(key: String, value: String)] = []

    public static func == (lhs: Event, rhs: Event) -> Bool {
      lhs.label == rhs.label && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
    }

    public func attribute(_ key: String) -> String? {
      attributes.first(where: { $0.key == key })?.value
    }

    public var latitude: Double? { attribute("LATITUDE").flatMap(Double.init) }
    public var longitude: Double? { attribute("LONGITUDE").flatMap(Double.init) }
    /// ELEVATION in metres (the value's unit is dropped).
    public var elevation: Double? {
      attribute("ELEVATION").flatMap { Double($0.split(separator: " ").first ?? "") }
    }
    public var date: String? { attribute("DATE/TIME") }
    public var device: String? { attribute("METHOD/DEVICE") ?? attribute("DEVICE") }
  }

  /// One `Parameter(s)` line: `Full name [unit] (Short) * PI: … * METHOD/DEVICE: … * COMMENT: …`.
  public struct Parameter: Sendable, Equatable {
    public var name: String
    public var shortName: String?
    public var unit: String?
    public var method: String?
    public var principalInvestigator: String?
    public var comment: String?
    public var isGeocode = false
  }

  /// Every field in file order, continuation lines joined with "\n".
  public var fields: [(key: String, value: String)] = []
  public var events: [Event] = []
  public var parameters: [Parameter] = []

  public static func == (lhs: PangaeaMetadata, rhs: PangaeaMetadata) -> Bool {
    lhs.fields.elementsEqual(rhs.fields) { $0 == $1 } && lhs.events == rhs.events
      && lhs.parameters == rhs.parameters
  }

  public init() {}

  /// A field's text ("Citation", "License", …).
  public func field(_ key: String) -> String? {
    fields.first(where: { $0.key == key })?.value
  }

  /// The citation on one line.
  public var citation: String? {
    field("Citation").map {
      $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
        separator: " ")
    }
  }

  /// The dataset DOI (`10.1594/PANGAEA.<id>`) named in the citation.
  public var doi: String? {
    guard let citation, let start = citation.range(of: "10.1594/PANGAEA.") else { return nil }
    let digits = citation[start.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
    return digits.isEmpty ? nil : "10.1594/PANGAEA." + digits
  }

  /// The title: the citation's text after "(year): ", up to " [dataset]" or the first ". ".
  public var title: String? {
    guard let citation, let open = citation.range(of: "): ") else { return nil }
    let rest = citation[open.upperBound...]
    let end = rest.range(of: " [dataset]")?.lowerBound ?? rest.range(of: ". ")?.lowerBound
    return String(rest[..<(end ?? rest.endIndex)]).trimmingCharacters(in: .whitespaces)
  }

  public var licence: String? { field("License") ?? field("Licence") }

  /// Coverage as `KEY: value` pairs (WEST, DATE/TIME START, MINIMUM ALTITUDE, …).
  public var coverage: [(key: String, value: String)] {
    guard let text = field("Coverage") else { return [] }
    return text.split(separator: "\n").flatMap { PangaeaMetadata.attributes(Substring($0)) }
  }

  /// Parses the header lines between `/* DATA DESCRIPTION:` and `*/` (both excluded).
  public static func parse(_ lines: [Substring]) -> PangaeaMetadata {
    var metadata = PangaeaMetadata()
    var pieces: [(key: String, lines: [Substring])] = []
    for line in lines {
      if line.hasPrefix("\t"), !pieces.isEmpty {
        pieces[pieces.count - 1].lines.append(line.dropFirst())
      } else if let colon = line.firstIndex(of: ":") {
        let value = line[line.index(after: colon)...].drop(while: { $0 == "\t" || $0 == " " })
        pieces.append((String(line[..<colon]), [value]))
      }
    }
    for piece in pieces {
      metadata.fields.append((piece.key, piece.lines.map(String.init).joined(separator: "\n")))
      switch piece.key {
      case "Event(s)": metadata.events = piece.lines.map(event)
      case "Parameter(s)": metadata.parameters = piece.lines.map(parameter)
      default: break
      }
    }
    return metadata
  }

  /// ` * `-separated `KEY: value` pairs.
  static func attributes(_ text: Substring) -> [(key: String, value: String)] {
    text.components(separatedBy: " * ").compactMap { part in
      guard let colon = part.range(of: ": ") else { return nil }
      return (
        String(part[..<colon.lowerBound]).trimmingCharacters(in: .whitespaces),
        String(part[colon.upperBound...]).trimmingCharacters(in: .whitespaces)
      )
    }
  }

  static func event(_ line: Substring) -> Event {
    let parts = line.components(separatedBy: " * ")
    var event = Event(label: (parts.first ?? "").trimmingCharacters(in: .whitespaces))
    event.attributes = attributes(Substring(parts.dropFirst().joined(separator: " * ")))
    return event
  }

  static func parameter(_ line: Substring) -> Parameter {
    let parts = line.components(separatedBy: " * ")
    let head = Substring((parts.first ?? "").trimmingCharacters(in: .whitespaces))
    var parameter = Parameter(name: String(head))
    var rest = head
    if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
      parameter.shortName = String(
        rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
      rest = rest[..<open].dropLast(while: { $0 == " " })
    }
    if rest.hasSuffix("]"), let open = rest.lastIndex(of: "[") {
      parameter.unit = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
      rest = rest[..<open].dropLast(while: { $0 == " " })
    }
    parameter.name = String(rest)
    for part in parts.dropFirst() {
      let text = part.trimmingCharacters(in: .whitespaces)
      if text.uppercased() == "GEOCODE" { parameter.isGeocode = true }
      for (key, value) in attributes(Substring(text)) {
        switch key {
        case "PI": parameter.principalInvestigator = value
        case "METHOD", "METHOD/DEVICE": parameter.method = value
        case "COMMENT": parameter.comment = value
        default: break
        }
      }
    }
    return parameter
  }
}

extension Substring {
  func dropLast(while predicate: (Character) -> Bool) -> Substring {
    var result = self
    while let last = result.last, predicate(last) { result = result.dropLast() }
    return result
  }
}
