using Microsoft.Extensions.DependencyInjection;
using Summit.Cli;
using Summit.Core;

using var services = new ServiceCollection().AddSummitCore().BuildServiceProvider();
return CliApp.Run(args, Console.Out, Console.Error, services);
