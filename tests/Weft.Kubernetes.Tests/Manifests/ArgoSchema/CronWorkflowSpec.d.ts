import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ConcurrencyPolicy } from "./ConcurrencyPolicy.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1StopStrategy } from "./StopStrategy.js";
import { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec } from "./WorkflowSpec.js";
import { ModelData, Model } from "@kubernetes-models/base";
/**
 * CronWorkflowSpec is the specification of a CronWorkflow
 */
export interface ICronWorkflowSpec {
    /**
     * ConcurrencyPolicy is the K8s-style concurrency policy that will be used
     */
    "concurrencyPolicy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ConcurrencyPolicy;
    /**
     * FailedJobsHistoryLimit is the number of failed jobs to be kept at a time
     */
    "failedJobsHistoryLimit"?: number;
    /**
     * v3.6 and after: Schedules is a list of schedules to run the Workflow in Cron format
     */
    "schedules": Array<string>;
    /**
     * StartingDeadlineSeconds is the K8s-style deadline that will limit the time a CronWorkflow will be run after its
     * original scheduled time if it is missed.
     */
    "startingDeadlineSeconds"?: number;
    /**
     * v3.6 and after: StopStrategy defines if the CronWorkflow should stop scheduling based on a condition
     */
    "stopStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1StopStrategy;
    /**
     * SuccessfulJobsHistoryLimit is the number of successful jobs to be kept at a time
     */
    "successfulJobsHistoryLimit"?: number;
    /**
     * Suspend is a flag that will stop new CronWorkflows from running if set to true
     */
    "suspend"?: boolean;
    /**
     * Timezone is the timezone against which the cron schedule will be calculated, e.g. "Asia/Tokyo". Default is machine's local time.
     */
    "timezone"?: string;
    /**
     * v3.6 and after: When is an expression that determines if a run should be scheduled.
     */
    "when"?: string;
    /**
     * WorkflowMetadata contains some metadata of the workflow to be run
     */
    "workflowMetadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    /**
     * WorkflowSpec is the spec of the workflow to be run
     */
    "workflowSpec": IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec;
}
/**
 * CronWorkflowSpec is the specification of a CronWorkflow
 */
export declare class CronWorkflowSpec extends Model<ICronWorkflowSpec> implements ICronWorkflowSpec {
    "concurrencyPolicy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1ConcurrencyPolicy;
    "failedJobsHistoryLimit"?: number;
    "schedules": Array<string>;
    "startingDeadlineSeconds"?: number;
    "stopStrategy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1StopStrategy;
    "successfulJobsHistoryLimit"?: number;
    "suspend"?: boolean;
    "timezone"?: string;
    "when"?: string;
    "workflowMetadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "workflowSpec": IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1WorkflowSpec;
    constructor(data?: ModelData<ICronWorkflowSpec>);
}
export type { ICronWorkflowSpec as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowSpec, CronWorkflowSpec as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1CronWorkflowSpec };
