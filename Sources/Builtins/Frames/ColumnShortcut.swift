import Interpreter
import Tensor

/// The frame library's grouped shortcut (`Builtin.grouped`): every group's value of a
/// builtin from one column of a grouped frame and the call's constant arguments by parameter
/// name. It returns nil to decline (the call then runs once per group as usual, and reports
/// any error), and otherwise exactly the values the per-group calls would give, in the order
/// of the groups.
struct ColumnShortcut: GroupedShortcut {
  let values: @Sendable (_ source: GroupedColumn, _ arguments: [String: Value]) -> [Value]?

  /// Each plan's values over `frame` split by `groups`: a plan of another kind of shortcut,
  /// or on a column the frame lacks, is declined. Plans on one column share its
  /// `GroupedColumn`, so what several shortcuts need is made once.
  static func values(_ plans: [GroupedPlan?], _ frame: Frame, _ groups: GroupIndex)
    -> [[Value]?]
  {
    var columns: [String: GroupedColumn] = [:]
    return plans.map { plan in
      guard let plan, let shortcut = plan.shortcut as? ColumnShortcut,
        let column = frame.column(named: plan.column)
      else { return nil }
      let shared = columns[plan.column] ?? GroupedColumn(column, groups)
      columns[plan.column] = shared
      return shortcut.values(shared, plan.arguments)
    }
  }
}

/// One column of a grouped frame with its groups, as column shortcuts see it. What several
/// shortcuts of one call need (each group's valid values as floats) is made once.
final class GroupedColumn {
  let column: Column
  let groups: GroupIndex
  /// Each group's valid values as floats (`GroupedReduce.validFloats`), made when first read.
  private(set) lazy var validFloats = GroupedReduce.validFloats(column, groups)

  init(_ column: Column, _ groups: GroupIndex) {
    self.column = column
    self.groups = groups
  }
}
