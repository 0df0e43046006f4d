/// The external types of netCDF (the `nc_type` codes of netcdf.h).
public enum NetCDFType: Int32, Sendable, CaseIterable {
  case byte = 1, char, short, int, float, double, ubyte, ushort, uint, int64, uint64, string

  /// numpy's name for the type, as netCDF4-python reports a variable's dtype.
  public var numpyName: String {
    switch self {
    case .byte: "int8"
    case .char: "|S1"
    case .short: "int16"
    case .int: "int32"
    case .float: "float32"
    case .double: "float64"
    case .ubyte: "uint8"
    case .ushort: "uint16"
    case .uint: "uint32"
    case .int64: "int64"
    case .uint64: "uint64"
    case .string: "str"
    }
  }

  /// Bytes per value in memory (a pointer for strings).
  public var size: Int {
    switch self {
    case .byte, .char, .ubyte: 1
    case .short, .ushort: 2
    case .int, .uint, .float: 4
    case .double, .int64, .uint64, .string: 8
    }
  }

  public var isInteger: Bool {
    switch self {
    case .byte, .short, .int, .ubyte, .ushort, .uint, .int64, .uint64: true
    default: false
    }
  }

  /// The library's default fill value, which netCDF4-python also masks when a variable
  /// has no `_FillValue` (not for the byte types, nor char and string).
  public var defaultFill: Double? {
    switch self {
    case .short: -32767
    case .int: -2_147_483_647
    case .float: Double(Float(9.9692099683868690e+36))
    case .double: 9.9692099683868690e+36
    case .ushort: 65535
    case .uint: 4_294_967_295
    // The int64 fills are not exact doubles; the nearest ones are what a Double compares.
    case .int64: -0x1p63
    case .uint64: 0x1p64
    default: nil
    }
  }
}

/// An attribute's value: text (NC_CHAR), numbers of one type, or strings (NC_STRING).
public enum NetCDFAttributeValue: Equatable, Sendable {
  case text(String)
  case numbers([Double], NetCDFType)
  case strings([String])

  /// The first number, when the attribute holds numbers.
  public var number: Double? {
    if case .numbers(let values, _) = self { return values.first }
    return nil
  }

  /// The numbers, when the attribute holds numbers.
  public var numbers: [Double]? {
    if case .numbers(let values, _) = self { return values }
    return nil
  }

  /// The text, or the strings joined by spaces.
  public var text: String? {
    switch self {
    case .text(let text): return text
    case .strings(let strings): return strings.joined(separator: " ")
    case .numbers: return nil
    }
  }
}

/// One named attribute of a variable or a group.
public struct NetCDFAttribute: Equatable, Sendable {
  public let name: String
  public let value: NetCDFAttributeValue

  public init(name: String, value: NetCDFAttributeValue) {
    self.name = name
    self.value = value
  }
}

/// A dimension: its name, length and whether it is the record (unlimited) dimension.
public struct NetCDFDimension: Equatable, Sendable {
  public let name: String
  public let length: Int
  public let isUnlimited: Bool
  let id: Int32
}

/// A variable as the header describes it; its values are read on request.
public struct NetCDFVariable: Sendable {
  public let name: String
  public let type: NetCDFType
  public let dimensions: [String]
  public let shape: [Int]
  public let attributes: [NetCDFAttribute]
  /// The file says no fill values were written (`nc_inq_var_fill`).
  public let isNoFill: Bool
  /// The group (`ncid`) and variable id the library knows it by.
  let group: Int32
  let id: Int32

  public func attribute(_ name: String) -> NetCDFAttributeValue? {
    attributes.first { $0.name == name }?.value
  }

  /// The `units` attribute, when it is text.
  public var units: String? { attribute("units")?.text }
  public var longName: String? { attribute("long_name")?.text }
  /// The number of values; Int.max when the shape's product overflows.
  public var count: Int {
    var total = 1
    for size in shape {
      let (product, overflow) = total.multipliedReportingOverflow(by: size)
      if overflow { return Int.max }
      total = product
    }
    return total
  }
}

/// A group: the root group of a file or one nested in it (netCDF-4).
public struct NetCDFGroup: Sendable {
  public let name: String
  /// `/` for the root, `/a/b` below it.
  public let path: String
  public let dimensions: [NetCDFDimension]
  public let variables: [NetCDFVariable]
  public let attributes: [NetCDFAttribute]
  public let groups: [NetCDFGroup]

  public func variable(_ name: String) -> NetCDFVariable? { variables.first { $0.name == name } }
  public func group(_ name: String) -> NetCDFGroup? { groups.first { $0.name == name } }
  public func attribute(_ name: String) -> NetCDFAttributeValue? {
    attributes.first { $0.name == name }?.value
  }
}
