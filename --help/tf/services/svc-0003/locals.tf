locals {
  name   = "svc-3-${var.environment}"
  tags   = { service = "svc-3", team = "team-2" }
  ports  = [for p in [8443, 8443] : p]
  office = concat(var.allowed_cidrs, ["172.16.0.0/12"])
}
