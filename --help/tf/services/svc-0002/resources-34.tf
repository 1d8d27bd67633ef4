resource "aws_sqs_queue" "r34_0" {
  name = "${local.name}-34-0"
  tags = merge(local.tags, { part = "34" })
  description = "generated resource 36913 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r34_1" {
  name = "${local.name}-34-1"
  tags = merge(local.tags, { part = "34" })
  description = "generated resource 65172 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r34_2" {
  name = "${local.name}-34-2"
  tags = merge(local.tags, { part = "34" })
  description = "generated resource 80005 for benchmarks; mentions 0.0.0.0/0 only in text"
}

