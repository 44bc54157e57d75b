import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryAffinity } from "./RetryAffinity.js";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Backoff } from "./Backoff.js";
import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryPolicy } from "./RetryPolicy.js";
import { ModelData, Model } from "@kubernetes-models/base";
/**
 * RetryStrategy provides controls on how to retry a workflow step
 */
export interface IRetryStrategy {
    /**
     * Affinity prevents running workflow's step on the same host
     */
    "affinity"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryAffinity;
    /**
     * Backoff is a backoff strategy
     */
    "backoff"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Backoff;
    /**
     * Expression is a condition expression for when a node will be retried. If it evaluates to false, the node will not
     * be retried and the retry strategy will be ignored
     */
    "expression"?: string;
    /**
     * Limit is the maximum number of retry attempts when retrying a container. It does not include the original
     * container; the maximum number of total attempts will be `limit + 1`.
     */
    "limit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    /**
     * RetryPolicy is a policy of NodePhase statuses that will be retried
     */
    "retryPolicy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryPolicy;
}
/**
 * RetryStrategy provides controls on how to retry a workflow step
 */
export declare class RetryStrategy extends Model<IRetryStrategy> implements IRetryStrategy {
    "affinity"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryAffinity;
    "backoff"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1Backoff;
    "expression"?: string;
    "limit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "retryPolicy"?: IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryPolicy;
    constructor(data?: ModelData<IRetryStrategy>);
}
export type { IRetryStrategy as IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy, RetryStrategy as ComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1RetryStrategy };
