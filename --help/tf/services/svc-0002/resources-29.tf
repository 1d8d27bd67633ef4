resource "aws_iam_role" "r29_0" {
  name = "${local.name}-29-0"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 24127 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r29_1" {
  name = "${local.name}-29-1"
  tags = merge(local.tags, { part = "29" })
  description = "generated resource 81474 for benchmarks; mentions 0.0.0.0/0 only in text"
}

