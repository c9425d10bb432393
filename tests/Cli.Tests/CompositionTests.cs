using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace FatSharp.Cli.Tests;

/// <summary>The composition root: every registered service can be built, so a new registration line cannot be broken.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void Every_registered_service_resolves()
    {
        var services = Program.ConfigureServices(new ServiceCollection(), Logger.None);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.NotEmpty(services);
        foreach (var type in services.Select(d => d.ServiceType).Distinct())
        {
            Assert.NotEmpty(provider.GetServices(type).OfType<object>());
        }
    }
}
