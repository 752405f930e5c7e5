using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;
using Samenwerking.Api.Http;

namespace Samenwerking.Api.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = ApiVersion.Major;
    public const string DocumentPath = ApiVersion.BasePath + "/openapi.json";
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddApiOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Samenwerking API",
                Version = ApiVersion.Full,
                Description = "Records collaborations between Dutch municipalities (intergemeentelijke samenwerking), " +
                              "steers them through verkenning, voorbereiding, implementatie and doorontwikkeling, records " +
                              "the formal decisions each municipality takes, and evaluates the collaborations over the years.",
                Contact = new OpenApiContact
                {
                    Name = "Samenwerking API team",
                    Email = "api@samenwerking.example.nl",
                    Url = new Uri("https://samenwerking.example.nl/api"),
                },
            });
            options.AddServer(new OpenApiServer { Url = ApiVersion.BasePath, Description = $"This deployment: the paths of {ApiVersion.Major}, which serve version {ApiVersion.Full} (docs/adr/0013)" });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = $"A JWT with scope `samenwerking.read` to read and `samenwerking.write` to change.",
            });
            options.SupportNonNullableReferenceTypes();
            // A $ref cannot say `nullable` in OpenAPI 3.0; wrapped in allOf it can, so a nullable enum or object
            // reads as nullable to clients (the server does send null for an undecided dimension).
            options.UseAllOfToExtendReferenceSchemas();
            options.NonNullableReferenceTypesAsRequired();
            options.CustomSchemaIds(SchemaIds.For);
            options.IncludeXmlComments(typeof(OpenApiSetup).Assembly);
            options.IncludeXmlComments(typeof(Application.Common.ApplicationAssembly).Assembly);
            options.MapDomainValues();
            options.ParameterFilter<RequiredParameterFilter>();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
            options.SchemaFilter<ValidatorConstraintsSchemaFilter>();
            options.SchemaFilter<ProblemDetailsSchemaFilter>();
            options.SchemaFilter<EnumSchemaFilter>();
            // Before the standard responses, so the 304 gets the API-Version header like every other one.
            options.OperationFilter<ConditionalReadsOperationFilter>();
            options.OperationFilter<PublicReadsOperationFilter>();
            options.OperationFilter<StandardResponsesOperationFilter>();
            options.OperationFilter<PermissionOperationFilter>();
            options.OperationFilter<RequestExampleOperationFilter>();
            options.OperationFilter<ValidatedParametersOperationFilter>();
            options.OperationFilter<ResponseHeadersOperationFilter>();
            options.OperationFilter<LimitResponsesOperationFilter>();
            options.OperationFilter<IdempotencyOperationFilter>();
            options.OperationFilter<ProblemExamplesOperationFilter>();
            options.OperationFilter<CsvResponseOperationFilter>();
            options.OperationFilter<ImportColumnsOperationFilter>();
            options.DocumentFilter<ServerRelativePathsDocumentFilter>();
            options.DocumentFilter<NamedBodySchemasDocumentFilter>();
            options.DocumentFilter<EventTypeSchemaDocumentFilter>();
            options.DocumentFilter<NullableReferencesDocumentFilter>();
            options.DocumentFilter<TypedProblems.TypedProblemsDocumentFilter>();
        });
        return services;
    }

    public static void UseApiOpenApi(this WebApplication app)
    {
        app.UseSwagger(options =>
        {
            options.RouteTemplate = "api/{documentName}/openapi.json";
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        });
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, $"Samenwerking API {ApiVersion.Full}");
            options.RoutePrefix = "swagger";
        });
    }
}
