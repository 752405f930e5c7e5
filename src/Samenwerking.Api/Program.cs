using Samenwerking.Api.Requests;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Localization;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Endpoints;
using Samenwerking.Api.ErrorHandling;
using Samenwerking.Api.Health;
using Samenwerking.Api.Http;
using Samenwerking.Api.InputScreening;
using Samenwerking.Api.Limits;
using Samenwerking.Api.Idempotency;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.PublicRegister;
using Samenwerking.Api.Startup;
using Samenwerking.Api.Telemetry;
using Samenwerking.Api.Webhooks;
using Samenwerking.Application.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Behaviours;
using Samenwerking.Infrastructure;
using Samenwerking.Infrastructure.DemoData;
using Samenwerking.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);

var connectionString = builder.Configuration.GetConnectionString("Samenwerking")
    ?? throw new InvalidOperationException("ConnectionStrings:Samenwerking is not set (environment variable ConnectionStrings__Samenwerking).");

builder.Services.AddInfrastructure(connectionString);
Samenwerking.Api.ReferenceData.MunicipalityRecordsListener.AddTo(builder.Services, connectionString);
builder.Services.AddApiReadReplica(builder.Configuration);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(ApplicationAssembly)];
    options.PipelineBehaviors = [typeof(TelemetryBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(ReadRetryBehaviour<,>)];
});
// Singletons: building a validator's rules costs more than running them, and none keeps state between requests
// (the clock and the localizer are read when a rule runs, not when it is built).
builder.Services.AddValidatorsFromAssemblyContaining<ApplicationAssembly>(ServiceLifetime.Singleton);
builder.Services.AddRequestValidation();
builder.Services.AddLocalization();
// Messages name fields as clients send them ('municipalityCode'), not as C# spells them ('Municipality Code').
ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
    member is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
builder.Services.AddApiAuthentication(builder.Configuration);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentActor, HttpCurrentActor>();
builder.Services.AddApiProblemDetails();
builder.Services.AddApiJson();
builder.Services.AddApiOpenApi();
builder.Services.AddApiHealthChecks();
builder.Services.AddApiIdempotency(builder.Configuration);
builder.AddApiTelemetry();
builder.Services.AddApiCors(builder.Configuration);
builder.AddHttpHardening();
builder.Services.AddWebhooks(builder.Configuration);
builder.Services.AddPublicRegister(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddRequestLocalization(options =>
{
    options.SetDefaultCulture("en").AddSupportedCultures("en", "nl").AddSupportedUICultures("en", "nl");
    options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
});

var app = builder.Build();

if (args.Contains(CommandLine.PrintDevelopmentToken))
{
    var tokenSettings = app.Services.GetRequiredService<AuthenticationSettings>();
    Console.WriteLine(CommandLine.ValueOf(args, CommandLine.Adviser) is { } adviser
        ? DevelopmentToken.Create(tokenSettings, TimeSpan.FromDays(7), DevelopmentAdviser.Parse(adviser))
        : DevelopmentToken.Create(tokenSettings, TimeSpan.FromDays(7), CommandLine.ValueOf(args, CommandLine.Municipality)));
    return;
}

if (args.Contains(CommandLine.Migrate) || app.Configuration.GetValue("Database:MigrateOnStartup", app.Environment.IsDevelopment()))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    if (args.Contains(CommandLine.Migrate))
    {
        return;
    }
}

if (app.Configuration.GetValue<bool>(DemoDataSeeder.EnabledSetting))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
}

app.UseForwardedHeaders();
app.UseMiddleware<ResponseHeadersMiddleware>();
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<TrailingSlashMiddleware>();
app.UseApiCors();
app.UseHttpHardening();
app.UseApiOpenApi();
app.UseAuthentication();
app.UseApiRateLimiting();
app.UsePublicRegister();
app.UseAuthorization();
app.UseApiIdempotency();
app.UseConditionalReads();

app.MapApiHealthChecks();
var api = app.MapGroup(ApiVersion.BasePath).WithInputScreening();
api.MapMunicipalityEndpoints();
api.MapCollaborationEndpoints();
api.MapParticipantEndpoints();
api.MapPhaseEndpoints();
api.MapDissolutionEndpoints();
api.MapDecisionEndpoints();
api.MapRoleEndpoints();
api.MapDelegationEndpoints();
api.MapPermissionEndpoints();
api.MapHistoryEndpoints();
api.MapVocabularyEndpoints();
api.MapEvaluationFrameworkEndpoints();
api.MapEvaluationEndpoints();
api.MapEvaluationScheduleEndpoints();
api.MapDevelopmentActivityEndpoints();
api.MapImportEndpoints();
api.MapHerindelingEndpoints();
api.MapRegisterExportEndpoints();
api.MapEventEndpoints();
api.MapSubscriptionEndpoints();
api.MapPublicRegisterEndpoints();
app.MapRegisterPages();

await app.RunAsync();
