/// A form that a text argument must have, such as a time or a duration, checked when binding
/// with the message shape of every kind. The library declares each form with its check
/// (`Parameter.Kind.time` in Builtins): the parsers live in Tensor, which this module does not
/// reach, so the declaration hands the check in.
public struct TextForm: Sendable, Equatable {
  /// The form as a signature says it: "time (ISO 8601 text)".
  public let noun: String
  /// The form in the plural, for lists: "times (ISO 8601 text)".
  public let plural: String
  /// Whether a text is of this form, by the same parser the builtin's body uses.
  let accepts: @Sendable (String) -> Bool

  public init(noun: String, plural: String, accepts: @escaping @Sendable (String) -> Bool) {
    self.noun = noun
    self.plural = plural
    self.accepts = accepts
  }

  /// Forms are the same when they say the same: a form is declared once.
  public static func == (left: TextForm, right: TextForm) -> Bool {
    left.noun == right.noun
  }
}
