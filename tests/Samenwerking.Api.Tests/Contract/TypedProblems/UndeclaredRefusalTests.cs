using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Samenwerking.Api.Authentication;
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
    public void A_403_refusal_is_found_unless_the_endpoint_declares_who_may_that_it_answers()
    {
        Assert.False(UndeclaredRefusals.Found(Request("updateCollaboration", "Testing", WhoMay.ActiveParticipant), Refusals.NotAParticipatingMunicipality));
        Assert.True(UndeclaredRefusals.Found(Request("updateCollaboration", "Testing", WhoMay.ActiveParticipant), Refusals.NotYourMunicipality));
        Assert.True(UndeclaredRefusals.Found(Request("createPhaseTransition", "Testing"), Refusals.NotAParticipatingMunicipality));
    }

    [Fact]
    public void Elsewhere_nothing_is_found()
    {
        Assert.False(UndeclaredRefusals.Found(Request("createPhaseTransition", "Production"), Refusals.DeletionNotAllowed));
        Assert.False(UndeclaredRefusals.Found(Request("createPhaseTransition", "Production"), Refusals.NotAParticipatingMunicipality));
    }

    private static DefaultHttpContext Request(string operationId, string environment, WhoMay? who = null)
    {
        object[] metadata = who is { } declared
            ? [new EndpointNameMetadata(operationId), new PermissionMetadata(declared)]
            : [new EndpointNameMetadata(operationId)];
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton<IHostEnvironment>(new Environment(environment)).BuildServiceProvider(),
        };
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(metadata), operationId));
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
