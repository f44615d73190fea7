// The portal's and the staff pages' browser tests each start a whole federation (and the staff one an identity
// provider): one at a time, so that neither starves the other of the machine's two cores while it starts and
// answers within its timeouts (seen: the identity provider not healthy after 2 min with both starting at once).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
