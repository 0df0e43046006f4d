import Foundation

extension Elementwise {
  /// `a op b` row by row. Ints stay ints for + - * // % (an overflow is an error, as for
  /// awi's scalars); `/` and `^` give floats, as does any float operand.
  public static func arithmetic(
    _ op: ArithmeticOperator, _ a: Operand, _ b: Operand,
    name: String
  ) throws(Problem) -> Column {
    let count = try length(a, b)
    var valid = validity(a, b, count: count)
    if op != .divide, op != .power, let x = ints(a, count: count), let y = ints(b, count: count) {
      let values = try integers(op, x, y, valid)
      if op == .floorDivide || op == .modulo {
        let zeros = y.indices.filter { y[$0] == 0 }
        if !zeros.isEmpty {
          var marked = valid ?? Bitmap(count: count)
          for row in zeros { marked.set(row, false) }
          valid = marked
        }
      }
      return Column(name: name, storage: .int(values), validity: valid)
    }
    guard let x = floats(a, count: count), let y = floats(b, count: count) else {
      throw .unsupported(op.rawValue)
    }
    return Column(name: name, storage: .float(floating(op, x, y)), validity: valid)
  }

  static func floating(_ op: ArithmeticOperator, _ x: [Double], _ y: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: x.count)
    x.withUnsafeBufferPointer { a in
      y.withUnsafeBufferPointer { b in
        result.withUnsafeMutableBufferPointer { out in
          switch op {
          case .add: for i in 0..<out.count { out[i] = a[i] + b[i] }
          case .subtract: for i in 0..<out.count { out[i] = a[i] - b[i] }
          case .multiply: for i in 0..<out.count { out[i] = a[i] * b[i] }
          case .divide: for i in 0..<out.count { out[i] = a[i] / b[i] }
          case .floorDivide: for i in 0..<out.count { out[i] = (a[i] / b[i]).rounded(.down) }
          case .modulo:
            for i in 0..<out.count {
              let r = fmod(a[i], b[i])
              out[i] = r != 0 && (r < 0) != (b[i] < 0) ? r + b[i] : r
            }
          case .power: for i in 0..<out.count { out[i] = pow(a[i], b[i]) }
          }
        }
      }
    }
    return result
  }

  static func integers(_ op: ArithmeticOperator, _ x: [Int], _ y: [Int], _ valid: Bitmap?)
    throws(Problem) -> [Int]
  {
    var result = [Int](repeating: 0, count: x.count)
    var overflow = false
    for i in 0..<x.count {
      let (a, b) = (x[i], y[i])
      switch op {
      case .add:
        let r = a.addingReportingOverflow(b)
        result[i] = r.partialValue
        overflow = overflow || r.overflow && (valid?.isValid(i) ?? true)
      case .subtract:
        let r = a.subtractingReportingOverflow(b)
        result[i] = r.partialValue
        overflow = overflow || r.overflow && (valid?.isValid(i) ?? true)
      case .multiply:
        let r = a.multipliedReportingOverflow(by: b)
        result[i] = r.partialValue
        overflow = overflow || r.overflow && (valid?.isValid(i) ?? true)
      case .floorDivide, .modulo:
        // pandas gives NaN (float) for x // 0; awi columns of ints mark the row missing
        // instead, keeping the int type.
        guard b != 0 else {
          result[i] = 0
          continue
        }
        if a == Int.min && b == -1 {
          // The quotient 2^63 does not fit (the scalar errors too); the remainder is 0.
          overflow = overflow || op == .floorDivide && (valid?.isValid(i) ?? true)
          result[i] = 0
          continue
        }
        let q = a / b
        let r = a % b
        let adjust = r != 0 && (r < 0) != (b < 0)
        result[i] = op == .modulo ? (adjust ? r + b : r) : (adjust ? q - 1 : q)
      case .divide, .power: break
      }
    }
    if overflow { throw .integerOverflow }
    return result
  }
}
