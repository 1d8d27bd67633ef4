resource "aws_sqs_queue" "r25_0" {
  name = "${local.name}-25-0"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 5728 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r25_1" {
  name = "${local.name}-25-1"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 89482 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r25_2" {
  name = "${local.name}-25-2"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 75795 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r25_3" {
  name = "${local.name}-25-3"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 21111 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r25_4" {
  name = "${local.name}-25-4"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 73381 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r25_5" {
  name = "${local.name}-25-5"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 58072 for benchmarks; mentions 0.0.0.0/0 only in text"
}

