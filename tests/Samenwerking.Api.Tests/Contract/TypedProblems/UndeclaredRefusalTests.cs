using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Samenwerking.Api.OpenApi.TypedProblems;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.Tests.Contract.TypedProblems;

/// <summary>The guard that lets every test check <see cref="OperationRefusals"/> against what the server really answers.</summary>
public sealed class UndeclaredRefusalTests
{
    [Fact]
    public void A_conflict_the_operation_does_not_list_is_found_in_the_testing_environment()
    {
        Assert.True(UndeclaredRefusals.Found(Request("createPhaseTransition", "Testing"), Refusals.DeletionNotAllowed));
        Assert.False(UndeclaredRefusals.Found(Request("createPhaseTransition", "Testing"), Refusals.ExitRulesNotMet));
    }

    [Fact]
    public void Elsewhere_and_for_403s_nothing_is_found()
    {
        Assert.False(UndeclaredRefusals.Found(Request("createPhaseTransition", "Production"), Refusals.DeletionNotAllowed));
        Assert.False(UndeclaredRefusals.Found(Request("createPhaseTransition", "Testing"), Refusals.NotAParticipatingMunicipality));
    }

    private static DefaultHttpContext Request(string operationId, string environment)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton<IHostEnvironment>(new Environment(environment)).BuildServiceProvider(),
        };
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new EndpointNameMetadata(operationId)), operationId));
        return context;
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Samenwerking.Api";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
