resource "aws_cloudwatch_log_group" "r17_0" {
  name = "${local.name}-17-0"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 9600 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r17_1" {
  name = "${local.name}-17-1"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 44820 for benchmarks; mentions 0.0.0.0/0 only in text"
}

