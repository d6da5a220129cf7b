using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatihanAsn.Domain.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Organiser = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganiserName = table.Column<string>(type: "TEXT", nullable: false),
                    Jp = table.Column<string>(type: "TEXT", nullable: false),
                    Accreditation = table.Column<string>(type: "TEXT", nullable: true),
                    Completion = table.Column<string>(type: "TEXT", nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Develops = table.Column<string>(type: "TEXT", nullable: false),
                    Prerequisites = table.Column<string>(type: "TEXT", nullable: false),
                    Offerings = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Frameworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Competencies = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NeedsSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaleMin = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaleMax = table.Column<int>(type: "INTEGER", nullable: false),
                    PopulationRegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    PopulationOpdCode = table.Column<string>(type: "TEXT", nullable: true),
                    PopulationPositionKind = table.Column<int>(type: "INTEGER", nullable: true),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    AllowsProposals = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedsSurveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Opds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opds", x => x.Id);
                    table.UniqueConstraint("AK_Opds_OpdCode", x => x.OpdCode);
                });

            migrationBuilder.CreateTable(
                name: "RegionReach",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Connectivity = table.Column<int>(type: "INTEGER", nullable: false),
                    Travel = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionReach", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    RunStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RunEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Design = table.Column<string>(type: "TEXT", nullable: false),
                    Measurements = table.Column<string>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", nullable: false),
                    ReactionResponses = table.Column<string>(type: "TEXT", nullable: false),
                    TestScores = table.Column<string>(type: "TEXT", nullable: false),
                    ComponentScores = table.Column<string>(type: "TEXT", nullable: false),
                    BehaviourRatings = table.Column<string>(type: "TEXT", nullable: false),
                    Transfers = table.Column<string>(type: "TEXT", nullable: false),
                    KpiEntries = table.Column<string>(type: "TEXT", nullable: false),
                    QualitativeRecords = table.Column<string>(type: "TEXT", nullable: false),
                    CostBenefitRecords = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationPlans_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Profile = table.Column<string>(type: "TEXT", nullable: false),
                    Standards = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Positions_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkmSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceName = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RuleSetKey = table.Column<string>(type: "TEXT", nullable: false),
                    Elements = table.Column<string>(type: "TEXT", nullable: false),
                    Weights = table.Column<string>(type: "TEXT", nullable: false),
                    Responses = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkmSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkmSurveys_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Revises = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    PopulationRegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    PopulationOpdCode = table.Column<string>(type: "TEXT", nullable: true),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BudgetCeiling = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: false),
                    Totals = table.Column<string>(type: "TEXT", nullable: false),
                    Unmet = table.Column<string>(type: "TEXT", nullable: false),
                    Diagnostics = table.Column<string>(type: "TEXT", nullable: false),
                    Objective = table.Column<string>(type: "TEXT", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvenOptimal = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", nullable: true),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_NeedsSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "NeedsSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_TrainingPlans_Revises",
                        column: x => x.Revises,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Employees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nip = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Employment = table.Column<int>(type: "INTEGER", nullable: false),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    PositionToBeHeld = table.Column<Guid>(type: "TEXT", nullable: true),
                    CareerMove = table.Column<int>(type: "INTEGER", nullable: true),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employees_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Employees_Positions_PositionToBeHeld",
                        column: x => x.PositionToBeHeld,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourseRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseCode = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Jp = table.Column<string>(type: "TEXT", nullable: false),
                    MinSeats = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxSeats = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitingList = table.Column<int>(type: "INTEGER", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", nullable: true),
                    Sessions = table.Column<string>(type: "TEXT", nullable: false),
                    Enrolments = table.Column<string>(type: "TEXT", nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", nullable: false),
                    Develops = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseRuns_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourseRuns_TrainingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Assessor = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SupersededBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", nullable: true),
                    Levels = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_Assessments_SupersededBy",
                        column: x => x.SupersededBy,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningHoursLedgers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    Entries = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningHoursLedgers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningHoursLedgers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Competency = table.Column<string>(type: "TEXT", nullable: false),
                    TargetLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    CadenceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckIns = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringPlans_Employees_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPlans_Employees_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceAppraisals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceAppraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceAppraisals_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Respondent = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    PositionKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Proposals = table.Column<string>(type: "TEXT", nullable: false),
                    History = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Employees_Respondent",
                        column: x => x.Respondent,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_NeedsSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "NeedsSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Supervisor = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Goals = table.Column<string>(type: "TEXT", nullable: false),
                    Milestones = table.Column<string>(type: "TEXT", nullable: false),
                    SignedOffBy = table.Column<string>(type: "TEXT", nullable: true),
                    SignedOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlans_CourseRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "CourseRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionPlans_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseCode = table.Column<string>(type: "TEXT", nullable: false),
                    CourseTitle = table.Column<string>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    OpdCode = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Certificates_RenewedBy",
                        column: x => x.RenewedBy,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_CourseRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "CourseRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_EmployeeId",
                table: "ActionPlans",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_OpdCode",
                table: "ActionPlans",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_RegionCode",
                table: "ActionPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_RunId",
                table: "ActionPlans",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_Status",
                table: "ActionPlans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_EmployeeId",
                table: "Assessments",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OpdCode",
                table: "Assessments",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_RegionCode",
                table: "Assessments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Status",
                table: "Assessments",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SupersededBy",
                table: "Assessments",
                column: "SupersededBy");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CourseId",
                table: "Certificates",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EmployeeId_CourseId",
                table: "Certificates",
                columns: new[] { "EmployeeId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_OpdCode",
                table: "Certificates",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RegionCode",
                table: "Certificates",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RenewedBy",
                table: "Certificates",
                column: "RenewedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RunId",
                table: "Certificates",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_CourseId",
                table: "CourseRuns",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_OpdCode",
                table: "CourseRuns",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_PlanId_LineNumber",
                table: "CourseRuns",
                columns: new[] { "PlanId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_RegionCode",
                table: "CourseRuns",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_Status",
                table: "CourseRuns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Code",
                table: "Courses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Nip",
                table: "Employees",
                column: "Nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employees_OpdCode",
                table: "Employees",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_PositionId",
                table: "Employees",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_PositionToBeHeld",
                table: "Employees",
                column: "PositionToBeHeld");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_RegionCode",
                table: "Employees",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPlans_CourseRunId",
                table: "EvaluationPlans",
                column: "CourseRunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPlans_OpdCode_RunEnd",
                table: "EvaluationPlans",
                columns: new[] { "OpdCode", "RunEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPlans_RegionCode",
                table: "EvaluationPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_Code_Version",
                table: "Frameworks",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_ValidFrom",
                table: "Frameworks",
                column: "ValidFrom");

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_EmployeeId_Year",
                table: "LearningHoursLedgers",
                columns: new[] { "EmployeeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_OpdCode",
                table: "LearningHoursLedgers",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_RegionCode",
                table: "LearningHoursLedgers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_Year",
                table: "LearningHoursLedgers",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_MenteeId",
                table: "MentoringPlans",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_MentorId_Status",
                table: "MentoringPlans",
                columns: new[] { "MentorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_OpdCode",
                table: "MentoringPlans",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_RegionCode",
                table: "MentoringPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_Status",
                table: "MentoringPlans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_NeedsSurveys_PopulationRegionCode",
                table: "NeedsSurveys",
                column: "PopulationRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Opds_RegionCode",
                table: "Opds",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceAppraisals_EmployeeId_Year",
                table: "PerformanceAppraisals",
                columns: new[] { "EmployeeId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceAppraisals_OpdCode",
                table: "PerformanceAppraisals",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceAppraisals_RegionCode",
                table: "PerformanceAppraisals",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_Code",
                table: "Positions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Positions_OpdCode",
                table: "Positions",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_RegionCode",
                table: "Positions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_RegionReach_RegionCode",
                table: "RegionReach",
                column: "RegionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkmSurveys_OpdCode_PeriodEnd",
                table: "SkmSurveys",
                columns: new[] { "OpdCode", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_SkmSurveys_RegionCode",
                table: "SkmSurveys",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_OpdCode",
                table: "SurveyResponses",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_RegionCode",
                table: "SurveyResponses",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_Respondent",
                table: "SurveyResponses",
                column: "Respondent");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_Respondent",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "Respondent" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_OpdCode",
                table: "TrainingPlans",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_RegionCode",
                table: "TrainingPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_Revises",
                table: "TrainingPlans",
                column: "Revises");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_Status",
                table: "TrainingPlans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_SurveyId",
                table: "TrainingPlans",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_Year_Version",
                table: "TrainingPlans",
                columns: new[] { "Year", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPlans");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "EvaluationPlans");

            migrationBuilder.DropTable(
                name: "Frameworks");

            migrationBuilder.DropTable(
                name: "LearningHoursLedgers");

            migrationBuilder.DropTable(
                name: "MentoringPlans");

            migrationBuilder.DropTable(
                name: "PerformanceAppraisals");

            migrationBuilder.DropTable(
                name: "RegionReach");

            migrationBuilder.DropTable(
                name: "SkmSurveys");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "CourseRuns");

            migrationBuilder.DropTable(
                name: "Employees");

            migrationBuilder.DropTable(
                name: "Courses");

            migrationBuilder.DropTable(
                name: "TrainingPlans");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropTable(
                name: "NeedsSurveys");

            migrationBuilder.DropTable(
                name: "Opds");
        }
    }
}
