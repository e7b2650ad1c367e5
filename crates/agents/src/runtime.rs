//! What the agents need from the process, registered once in the app's services: the key
//! sealer, the circuit breakers shared by every request of an instance, and HTTP limits.

use std::sync::Arc;

use crate::seal::Sealer;

#[derive(Clone)]
pub struct AgentRuntime {
    pub sealer: Sealer,
    pub breakers: Arc<llm::BreakerRegistry>,
    pub http: llm::HttpOptions,
    pub retry: llm::RetryPolicy,
}

impl AgentRuntime {
    pub fn new(data_key: &[u8], allow_private_networks: bool) -> Self {
        AgentRuntime {
            sealer: Sealer::new(data_key),
            breakers: Arc::new(llm::BreakerRegistry::default()),
            http: llm::HttpOptions {
                allow_private_networks,
                ..llm::HttpOptions::default()
            },
            retry: llm::RetryPolicy::default(),
        }
    }
}
