/// Command lines that ArgumentParser would take but awish must not: a version request mixed
/// with code to run, and help for a command that does not exist. Both are usage errors
/// (status 2), not a silent success.
enum UsageCheck {
  /// What is wrong with `arguments` (without the program name); nil when nothing is.
  static func problem(in arguments: [String]) -> String? {
    if let first = arguments.first, first == "-e", arguments.count > 2,
      arguments.dropFirst(2).contains(where: { $0 == "--version" || $0 == "--help" })
    {
      return AwishMessages.codeWithVersion
    }
    if arguments.first == "help", arguments.count > 1 {
      let commands =
        Awish.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        + Awish.configuration.subcommands.map { String(describing: $0).lowercased() }
      let name = arguments[1]
      if !name.hasPrefix("-"), !commands.contains(name) {
        return AwishMessages.noCommand(
          name, Awish.configuration.subcommands.map { $0._commandName })
      }
    }
    return nil
  }
}
