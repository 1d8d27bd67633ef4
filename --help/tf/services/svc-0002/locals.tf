locals {
  name   = "svc-2-${var.environment}"
  tags   = { service = "svc-2", team = "team-13" }
  ports  = [for p in [80, 9200] : p]
  office = concat(var.allowed_cidrs, ["192.168.0.0/16"])
}
