resource "aws_lambda_function" "r12_0" {
  name = "${local.name}-12-0"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 20699 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r12_1" {
  name = "${local.name}-12-1"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 6048 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r12_2" {
  name = "${local.name}-12-2"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 25279 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r12_3" {
  name = "${local.name}-12-3"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 90859 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r12_4" {
  name = "${local.name}-12-4"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 73784 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r12_5" {
  name = "${local.name}-12-5"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 42063 for benchmarks; mentions 0.0.0.0/0 only in text"
}

