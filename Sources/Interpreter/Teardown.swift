/// Frees nested lists and records without recursion. Swift releases a container's elements
/// from inside its deinit, so a list nested 100,000 deep would otherwise free itself 100,000
/// calls deep and overflow the stack.
enum Teardown {
  /// Empties `values`, taking apart every container that nothing else holds on a worklist.
  static func dismantle(_ values: inout [Value]) {
    guard holdsContainer(values) else { return }
    var pending: [Value] = []
    swap(&pending, &values)
    while let value = pending.popLast() {
      var object = container(in: value)
      // Ends the popped value's hold right here (also in debug builds), so `object` is the
      // only reference when nothing else shares the container.
      _ = consume value
      guard object != nil, isKnownUniquelyReferenced(&object) else { continue }
      // A container of plain values frees itself in one step when `object` goes.
      switch object {
      case let list as ListObject where holdsContainer(list.items):
        pending.append(contentsOf: list.items)
        list.items = []
      case let record as RecordObject where holdsContainer(record.values):
        record.takeValues(into: &pending)
      case let cell as Cell:
        pending.append(cell.value)
        cell.value = .null
      default: break
      }
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

  static func container(in value: Value) -> AnyObject? {
    switch value {
    case .list(let list): return list
    case .record(let record): return record
    case .cell(let cell): return cell
    default: return nil
    }
  }
}
