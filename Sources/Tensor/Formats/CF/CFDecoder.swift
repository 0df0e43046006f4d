/// CF decoding as netCDF4-python does it by default (mask and scale), plus what xarray adds:
/// times in their calendar, char arrays as strings and flags with their meanings.
///
/// Masking compares stored values with `missing_value`, `_FillValue` (or the library's
/// default fill when there is none) and `valid_range` / `valid_min` / `valid_max`, each
/// cast to the variable's type; unpacking is `scale_factor · x + add_offset` in numpy's
/// result type (float32 when the attributes and the stored type allow it). O(n).
public enum CFDecoder {
  /// The decoded values of `variable`, whose stored values (whole, or a slice of `shape`)
  /// are `raw`, and a note when something was left undecoded.
  public static func decode(_ variable: NetCDFVariable, _ raw: NetCDFValues, shape: [Int])
    -> (CFDecoded, CFNote?)
  {
    switch raw {
    case .char(let bytes): return (.strings(strings(bytes, length: shape.last ?? 1)), nil)
    case .string(let values): return (.strings(values.map(NetCDFText.trim)), nil)
    default: break
    }
    let (values, valid) = maskedAndScaled(variable, raw)
    if let units = variable.units, CFTimeUnits.looksLikeTime(units) {
      return times(variable, units: units, values, valid: valid)
    }
    if let flags = flagMeanings(variable), !isPacked(variable) {
      let codes = values.map { $0.isFinite ? Int($0) : 0 }
      return (.flags(codes, meanings: flags, valid: valid), nil)
    }
    return (.numbers(values, valid: valid), nil)
  }

  /// Char arrays joined along the last dimension, padding removed.
  public static func strings(_ bytes: [UInt8], length: Int) -> [String] {
    let length = max(length, 1)
    return stride(from: 0, to: bytes.count, by: length).map { start in
      NetCDFText.trim(
        NetCDFText.string(bytes[start..<min(start + length, bytes.count)], trimming: false))
    }
  }

  /// Char arrays joined along the last dimension as stored, only trailing NULs removed.
  public static func rawStrings(_ bytes: [UInt8], length: Int) -> [String] {
    let length = max(length, 1)
    return stride(from: 0, to: bytes.count, by: length).map { start in
      NetCDFText.string(bytes[start..<min(start + length, bytes.count)], trimming: false)
    }
  }

  public static func isPacked(_ variable: NetCDFVariable) -> Bool {
    variable.attribute("scale_factor") != nil || variable.attribute("add_offset") != nil
  }

  /// `flag_values` paired with the words of `flag_meanings`, when both are there and agree.
  public static func flagMeanings(_ variable: NetCDFVariable) -> [Int: String]? {
    guard let values = variable.attribute("flag_values")?.numbers,
      let words = variable.attribute("flag_meanings")?.text?.split(separator: " "),
      values.count == words.count, values.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 })
    else { return nil }
    var meanings: [Int: String] = [:]
    for (value, word) in zip(values, words) { meanings[Int(value)] = String(word) }
    return meanings
  }

  /// Masked and unpacked numbers; missing slots hold NaN.
  public static func maskedAndScaled(_ variable: NetCDFVariable, _ raw: NetCDFValues) -> (
    [Double], Bitmap?
  ) {
    var values = unsignedIfMarked(variable, raw)
    let mask = CFMask(variable)
    var valid: Bitmap?
    for index in values.indices where mask.isMissing(values[index]) {
      if valid == nil { valid = Bitmap(count: values.count) }
      valid?.set(index, false)
    }
    CFScale(variable).apply(to: &values)
    if let valid {
      for index in values.indices where !valid.isValid(index) { values[index] = .nan }
    }
    return (values, valid)
  }

  /// `_Unsigned = "true"` on a signed integer type: the bits read as unsigned (netcdf-java's
  /// convention for unsigned data in classic files).
  static func unsignedIfMarked(_ variable: NetCDFVariable, _ raw: NetCDFValues) -> [Double] {
    guard variable.attribute("_Unsigned")?.text?.lowercased() == "true" else { return raw.doubles }
    switch raw {
    case .int8(let v): return v.map { Double(UInt8(bitPattern: $0)) }
    case .int16(let v): return v.map { Double(UInt16(bitPattern: $0)) }
    case .int32(let v): return v.map { Double(UInt32(bitPattern: $0)) }
    case .int64(let v): return v.map { Double(UInt64(bitPattern: $0)) }
    default: return raw.doubles
    }
  }

  static func times(_ variable: NetCDFVariable, units: String, _ values: [Double], valid: Bitmap?)
    -> (CFDecoded, CFNote?)
  {
    let name = variable.attribute("calendar")?.text ?? "standard"
    guard let calendar = CFCalendar(attribute: name) else {
      let note = CFNote(variable: variable.name, text: TensorMessages.cfUnknownCalendar(name))
      return (.numbers(values, valid: valid), note)
    }
    guard let encoding = CFTimeUnits(units: units, calendar: calendar) else {
      let note = CFNote(variable: variable.name, text: TensorMessages.cfUnknownTimeUnits(units))
      return (.numbers(values, valid: valid), note)
    }
    var valid = valid
    var micro = [Int64](repeating: 0, count: values.count)
    for index in values.indices where valid?.isValid(index) ?? true {
      if let time = encoding.microseconds(values[index]) {
        micro[index] = time
      } else {
        if valid == nil { valid = Bitmap(count: values.count) }
        valid?.set(index, false)
      }
    }
    if calendar.isRealWorld { return (.times(micro, valid: valid), nil) }
    let texts = micro.indices.map { valid?.isValid($0) ?? true ? encoding.text(micro[$0]) : "" }
    let note = CFNote(
      variable: variable.name, text: TensorMessages.cfCalendarTimesAsText(calendar.rawValue))

    return (.calendarTimes(texts, calendar: calendar, valid: valid), note)
  }
}
