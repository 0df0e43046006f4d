/// Which stored values are missing: those equal to `missing_value` or `_FillValue` (the
/// library's default fill when a variable has none), and those outside `valid_range` or
/// `valid_min`/`valid_max`. Attribute values are cast to the variable's type first, as
/// netCDF4-python does, and attributes that do not fit the type are ignored.
struct CFMask {
  var exact: [Double] = []
  var matchesNaN = false
  var minimum: Double?
  var maximum: Double?

  init(_ variable: NetCDFVariable) {
    let type = variable.type
    let cast = { (x: Double) in CFMask.cast(x, to: type) }
    for value in variable.attribute("missing_value")?.numbers ?? [] {
      if let x = cast(value) { add(x) }
    }
    if let fill = variable.attribute("_FillValue")?.number {
      if let x = cast(fill) { add(x) }
    } else if let fill = type.defaultFill {
      add(fill)
    } else if type == .byte || type == .ubyte, !variable.isNoFill {
      add(type == .byte ? -127 : 255)
    }
    if let range = variable.attribute("valid_range")?.numbers, range.count == 2 {
      minimum = cast(range[0])
      maximum = cast(range[1])
    } else {
      minimum = variable.attribute("valid_min")?.number.flatMap(cast)
      maximum = variable.attribute("valid_max")?.number.flatMap(cast)
    }
  }

  private mutating func add(_ value: Double) {
    if value.isNaN { matchesNaN = true } else { exact.append(value) }
  }

  func isMissing(_ x: Double) -> Bool {
    if x.isNaN { return matchesNaN }
    for value in exact where value == x { return true }
    if let minimum, x < minimum { return true }
    if let maximum, x > maximum { return true }
    return false
  }

  /// `x` as a value of `type`, or nil when it does not fit (numpy's safe cast check).
  static func cast(_ x: Double, to type: NetCDFType) -> Double? {
    switch type {
    case .float: return x.isNaN ? x : Double(Float(x))
    case .double: return x
    case .byte: return integer(x, -128, 127)
    case .ubyte: return integer(x, 0, 255)
    case .short: return integer(x, -32768, 32767)
    case .ushort: return integer(x, 0, 65535)
    case .int: return integer(x, -2_147_483_648, 2_147_483_647)
    case .uint: return integer(x, 0, 4_294_967_295)
    case .int64: return integer(x, -9.3e18, 9.3e18)
    case .uint64: return integer(x, 0, 1.9e19)
    case .char, .string: return nil
    }
  }

  private static func integer(_ x: Double, _ low: Double, _ high: Double) -> Double? {
    guard x.isFinite, x >= low, x <= high else { return nil }
    return x.rounded(.towardZero)
  }
}

/// `scale_factor · x + add_offset` in the type numpy gives the result.
struct CFScale {
  let scale: Double?
  let offset: Double?
  /// The multiplication (and then the addition) rounds to float32.
  let scaleInFloat32: Bool
  let offsetInFloat32: Bool

  init(_ variable: NetCDFVariable) {
    let scaleAttribute = variable.attribute("scale_factor")
    let offsetAttribute = variable.attribute("add_offset")
    scale = scaleAttribute?.number
    offset = offsetAttribute?.number
    let smallData: Set<NetCDFType> = [.byte, .ubyte, .short, .ushort, .float]
    let isFloat32 = { (value: NetCDFAttributeValue?) -> Bool in
      if case .numbers(_, .float)? = value { return true }
      return false
    }
    let dataFits = smallData.contains(variable.type)
    scaleInFloat32 = dataFits && (scale == nil || isFloat32(scaleAttribute))
    offsetInFloat32 = scaleInFloat32 && (offset == nil || isFloat32(offsetAttribute))
  }

  func apply(to values: inout [Double]) {
    switch (scale, offset) {
    case (let s?, let o?) where o != 0 || s != 1: multiplyAdd(&values, s, o)
    case (let s?, nil) where s != 1: multiplyAdd(&values, s, nil)
    case (nil, let o?) where o != 0: multiplyAdd(&values, nil, o)
    default: break
    }
  }

  private func multiplyAdd(_ values: inout [Double], _ scale: Double?, _ offset: Double?) {
    if scaleInFloat32, offsetInFloat32 || offset == nil {
      let s = Float(scale ?? 1)
      let o = Float(offset ?? 0)
      for i in values.indices {
        let product = scale == nil ? Float(values[i]) : Float(values[i]) * s
        values[i] = Double(offset == nil ? product : product + o)
      }
      return
    }
    for i in values.indices {
      var x = values[i]
      if let scale { x = scaleInFloat32 ? Double(Float(x) * Float(scale)) : x * scale }
      if let offset { x += offset }
      values[i] = x
    }
  }
}
