using BenchmarkDotNet.Running;
using Summit.Core.Benchmarks.Stv;

if (!StvMeasurements.TryRun(args))
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
