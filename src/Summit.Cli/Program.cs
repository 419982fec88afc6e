using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Summit.Cli;
using Summit.Core;

// Standard output is buffered (Console.Out flushes on every write: one system call per line of `summit tally` output)
// and flushed once at the end. Same bytes: UTF-8 without a byte order mark, "\n" line ends.
using var services = new ServiceCollection().AddSummitCore().BuildServiceProvider();
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { AutoFlush = false };
try
{
    return CliApp.Run(args, stdout, Console.Error, services);
}
finally
{
    stdout.Flush();
}
