import Foundation

Console.ignoreBrokenPipes()
exit(runMain(Array(CommandLine.arguments.dropFirst())).rawValue)
