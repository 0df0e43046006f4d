import Foundation
import Interpreter

/// On a compute node (inside a Slurm job) fetch never reaches the network: the data must
/// have been staged into raw/ on the login node by `awish stage`. AWISH_NODE_FETCH=1 lifts
/// the rule where a cluster's nodes do have a network.
public enum ComputeNode {
  /// The Slurm job this process runs in, when the rule applies.
  public static var job: String? {
    let environment = ProcessInfo.processInfo.environment
    guard environment["AWISH_NODE_FETCH"] != "1" else { return nil }
    return environment["SLURM_JOB_ID"]
  }

  /// The words for a fetch of `uri` that is not staged, naming the command that stages it.
  public static func unstaged(_ uris: [String], job: String, script: String?) -> ClusterError {
    let command =
      "awish stage \(script.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "SCRIPT")"
    return ClusterError(
      ClusterMessages.notStaged(uris, job: job), help: ClusterMessages.notStagedHelp(command))
  }
}
