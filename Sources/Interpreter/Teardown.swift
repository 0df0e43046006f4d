/// Frees nested lists and records without recursion. Swift releases a container's elements
/// from inside its deinit, so a list nested 100,000 deep would otherwise free itself 100,000
/// calls deep and overflow the stack.
enum Teardown {
  /// A container value, with its reference held outside any `Value`; `taken` once its
  /// reference has moved out, so it is not held twice.
  private enum Container {
    case list(ListObject), record(RecordObject), cell(Cell), taken
  }

  /// Empties `values`, taking apart every container that nothing else holds on a worklist.
  static func dismantle(_ values: inout [Value]) {
    guard holdsContainer(values) else { return }
    var pending: [Value] = []
    swap(&pending, &values)
    while let value = pending.popLast() {
      guard var container = container(in: value) else { continue }
      // Ends the popped value's hold right here (also in debug builds), so `container` is
      // the only reference when nothing else shares it.
      _ = consume value
      take(&container, into: &pending)
    }
  }

  /// Moves a uniquely held container's elements to `pending` when some of them are
  /// containers; a container of plain values frees itself in one step when it goes.
  private static func take(_ container: inout Container, into pending: inout [Value]) {
    switch container {
    case .list(var list):
      container = .taken
      guard isKnownUniquelyReferenced(&list), holdsContainer(list.items) else { return }
      pending.append(contentsOf: list.items)
      list.items = []
    case .record(var record):
      container = .taken
      guard isKnownUniquelyReferenced(&record), holdsContainer(record.values) else { return }
      record.takeValues(into: &pending)
    case .cell(var cell):
      container = .taken
      guard isKnownUniquelyReferenced(&cell) else { return }
      pending.append(cell.value)
      cell.value = .null
    case .taken: return
    }
  }

  static func holdsContainer(_ values: [Value]) -> Bool {
    for value in values {
      switch value {
      case .list, .record, .cell: return true
      default: continue
      }
    }
    return false
  }

  private static func container(in value: Value) -> Container? {
    switch value {
    case .list(let list): return .list(list)
    case .record(let record): return .record(record)
    case .cell(let cell): return .cell(cell)
    default: return nil
    }
  }
}
